// while let over an Option counter, and draining a stack with pop.
fn main() {
    let mut optional = Some(0);
    while let Some(i) = optional {
        if i > 9 {
            println!("Greater than 9, quit!");
            optional = None;
        } else {
            println!("`i` is `{:?}`. Try again.", i);
            optional = Some(i + 1);
        }
    }
    let mut stack = vec![String::from("a"), String::from("b"), String::from("c")];
    while let Some(top) = stack.pop() {
        println!("{}", top);
    }
    println!("{}", stack.capacity());
}
// expect: `i` is `0`. Try again.
// expect: `i` is `1`. Try again.
// expect: `i` is `2`. Try again.
// expect: `i` is `3`. Try again.
// expect: `i` is `4`. Try again.
// expect: `i` is `5`. Try again.
// expect: `i` is `6`. Try again.
// expect: `i` is `7`. Try again.
// expect: `i` is `8`. Try again.
// expect: `i` is `9`. Try again.
// expect: Greater than 9, quit!
// expect: c
// expect: b
// expect: a
// expect: 3
