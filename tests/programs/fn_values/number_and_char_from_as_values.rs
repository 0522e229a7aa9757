// `u64::from`, `i64::from`, `f64::from` and `char::from` named as values (`.map(u64::from)`): closures calling the conversion, as `String::from` is; they were E0599 "no associated item named `from`".
fn main() {
    let v: Vec<char> = [97u8, 98].iter().copied().map(char::from).collect();
    let w: Vec<f64> = [1.5f32].iter().copied().map(f64::from).collect();
    let x: Vec<i64> = [-1i32, 2].into_iter().map(i64::from).collect();
    let y: u64 = [1u32, 2, 3].iter().copied().map(u64::from).sum();
    let z: Option<u64> = Some(7u8).map(u64::from);
    println!("{:?} {:?} {:?} {} {:?}", v, w, x, y, z);
}
// expect: ['a', 'b'] [1.5] [-1, 2] 6 Some(7)
