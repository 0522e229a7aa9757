// A range kept in a variable and advanced by next() in a loop, each call moving its start, as Range::next.
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
