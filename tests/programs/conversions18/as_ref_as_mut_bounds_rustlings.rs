// Rustlings' as_ref_mut: `T: AsRef<str>` called with a &str and a String, `T: AsMut<u32>` with a `&mut Box<u32>`, `T: AsRef<[i32]>` with a Vec, an array and a slice.
fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().as_bytes().len()
}
fn char_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().chars().count()
}
fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let n = arg.as_mut();
    *n = *n * *n;
}
fn sum<T: AsRef<[i32]>>(xs: T) -> i32 {
    xs.as_ref().iter().sum()
}
fn main() {
    let s = "Café au lait";
    println!("{} {}", byte_counter(s), char_counter(s));
    let st = String::from("Café au lait");
    println!("{} {}", byte_counter(st.clone()), char_counter(st));
    let mut b = Box::new(3u32);
    num_sq(&mut b);
    println!("{}", b);
    println!("{}", sum(vec![1, 2, 3]));
    println!("{}", sum([4, 5]));
    println!("{}", sum(&[6, 7][..]));
}
// expect: 13 12
// expect: 13 12
// expect: 9
// expect: 6
// expect: 9
// expect: 13
