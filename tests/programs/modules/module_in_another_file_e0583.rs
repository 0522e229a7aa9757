// `mod name;` loads the module from another file; a one-file program has none (E0583).
mod garden;

fn main() {}
// error: E0583 at 2:1
