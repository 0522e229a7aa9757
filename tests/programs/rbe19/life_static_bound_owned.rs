// An owned value meets a 'static bound; a reference to a string literal does too.
use std::fmt::Debug;

fn print_it(input: impl Debug + 'static) {
    println!("'static value passed in is: {:?}", input);
}

fn main() {
    let i = 5;
    print_it(i);
    print_it("literal");
    print_it(String::from("owned"));
    print_it(vec![1, 2]);
}
// expect: 'static value passed in is: 5
// expect: 'static value passed in is: "literal"
// expect: 'static value passed in is: "owned"
// expect: 'static value passed in is: [1, 2]
