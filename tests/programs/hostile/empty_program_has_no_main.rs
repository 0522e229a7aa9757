// A program with no code at all is rejected as rustc rejects an empty file: there is no `main` (a snippet needs at least one statement).
// error: E0601
