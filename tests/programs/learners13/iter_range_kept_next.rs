// A range kept in a variable and advanced by next() in a loop: outside the subset for now, "not supported yet" at the call.
fn main() {
    let mut r = 0..3;
    loop {
        match r.next() {
            Some(n) => println!("range gave {}", n),
            None => break,
        }
    }
    println!("{:?}", r);
}
// expect: range gave 0
// expect: range gave 1
// expect: range gave 2
// expect: 3..3
// unsupported: advancing a range kept in a variable at 5:17
