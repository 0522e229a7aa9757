// A range advanced through a `&mut` reference and as a tuple's field; the owner sees where it stopped.
fn main() {
    let mut r = 5..8;
    {
        let rr = &mut r;
        println!("{:?} {:?}", rr.next(), rr.next());
    }
    println!("{:?}", r);
    let mut t = (100..103, "tickets");
    println!("{:?} {}", t.0.next(), t.1);
    let rest: Vec<u32> = t.0.collect();
    println!("{:?}", rest);
}
// expect: Some(5) Some(6)
// expect: 7..8
// expect: Some(100) tickets
// expect: [101, 102]
