// A panic inside `for s in v.drain(1..)` drops the Strings not yet taken, moves nothing back (no tail), then the Vec and its buffer.
fn main() {
    let mut v = vec![String::from("keep"), String::from("x"), String::from("boom"), String::from("y")];
    for s in v.drain(1..) {
        if s == "boom" {
            panic!("stopped at {}", s);
        }
        println!("{}", s);
    }
}
// expect: x
// panic: stopped at boom
// panic-at: 6:13
