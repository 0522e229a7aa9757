// `std::mem::take` moves the value out and leaves an empty default (no allocation) behind.
fn main() {
    let mut v = vec![1, 2, 3];
    let taken = std::mem::take(&mut v);
    println!("taken = {:?}, left = {:?} cap {}", taken, v, v.capacity());
    let mut s = String::from("text");
    let t = std::mem::take(&mut s);
    println!("{:?} {:?}", t, s);
}
// expect: taken = [1, 2, 3], left = [] cap 0
// expect: "text" ""
