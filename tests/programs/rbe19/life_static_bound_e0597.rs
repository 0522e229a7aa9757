// A T: 'static bound rejects a reference to a local: E0597.
use std::fmt::Debug;

fn print_it(input: impl Debug + 'static) {
    println!("'static value passed in is: {:?}", input);
}

fn main() {
    let i = 5;
    print_it(i);
    print_it(&i);
}
// error: E0597 at 11:14
