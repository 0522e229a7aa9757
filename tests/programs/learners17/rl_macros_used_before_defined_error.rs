// Rustlings-style: using a macro_rules! macro above its definition is rustc's "cannot find macro" error.
fn main() {
    my_macro!();
}

macro_rules! my_macro {
    () => {
        println!("Check out my macro!");
    };
}
// error: "cannot find macro `my_macro` in this scope" at 3:5
