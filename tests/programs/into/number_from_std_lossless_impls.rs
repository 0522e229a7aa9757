// std's lossless From impls between numbers, and from bool and char into integers: `u64::from(5u32)`, `f64::from(3i32)`, in a map too.
fn main() {
    let a = u64::from(5u32);
    let c = f64::from(3i32) / 2.0;
    let d = u32::from('A');
    let e = i32::from(true);
    let f = f32::from(200u8);
    println!("{} {} {} {} {}", a, c, d, e, f);
    let total: u64 = [1u32, 2, 3].iter().map(|&x| u64::from(x)).sum();
    println!("{}", total);
}
// expect: 5 1.5 65 1 200
// expect: 6
