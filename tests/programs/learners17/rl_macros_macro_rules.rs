// Rustlings-style: a `macro_rules!` macro with two arms, declared before use.
macro_rules! my_macro {
    () => {
        println!("Check out my macro!");
    };
    ($val:expr) => {
        println!("Look at this other macro: {}", $val);
    };
}

fn main() {
    my_macro!();
    my_macro!(7777);
}
// expect: Check out my macro!
// expect: Look at this other macro: 7777
// unsupported: macro definitions are not supported yet at 2:1
