"""Treatment courses: the course panel and the plan dialog."""
