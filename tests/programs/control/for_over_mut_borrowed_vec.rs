// `for x in &mut v` gives `&mut i32`, and `*x += 1` changes each element in place.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x += 1;
    }
    println!("{:?}", v);
    for x in &mut v {
        *x *= 10;
    }
    println!("{:?}", v);
}
// expect: [2, 3, 4]
// expect: [20, 30, 40]
