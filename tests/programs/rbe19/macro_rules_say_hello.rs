// A macro_rules! macro with no arguments, expanded into a println!.
macro_rules! say_hello {
    () => {
        println!("Hello!")
    };
}

fn main() {
    say_hello!();
}
// expect: Hello!
// unsupported: macro definitions
