// A `&mut` made in an inner block ends with the block, so another `&mut` after it is accepted.
fn main() {
    let mut s = String::from("hi");
    {
        let r1 = &mut s;
        r1.push('!');
    }
    let r2 = &mut s;
    r2.push('?');
    println!("{}", s);
}
// expect: hi!?
