// `&b` of a `Box<[i32]>` coerces to `&[i32]` (the Box's pointer and length) where a function takes a slice.
fn total(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn main() {
    let b: Box<[i32]> = Box::from(&[5, 6, 7][..]);
    println!("{}", total(&b));
    println!("{}", total(&b[1..]));
}
// expect: 18
// expect: 13
