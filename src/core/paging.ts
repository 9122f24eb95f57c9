/** How many questions a page of the question list holds: the API's default, and each "Show more" in the web app. */
export const QUESTION_PAGE_SIZE = 50;
