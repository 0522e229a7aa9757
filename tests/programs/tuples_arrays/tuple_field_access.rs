// A tuple groups values of different types; `.0`, `.1`, `.2` read them by position.
fn main() {
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    println!("{} {} {}", tup.0, tup.1, tup.2);
    println!("{:?}", tup);
}
// expect: 500 6.4 1
// expect: (500, 6.4, 1)
