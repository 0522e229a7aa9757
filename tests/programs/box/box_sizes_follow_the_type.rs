// A box allocates exactly the size and alignment of what it holds.
fn main() {
    let byte = Box::new(7u8);
    let wide = Box::new(7u64);
    let real = Box::new(2.5);
    let flag = Box::new(true);
    let letter = Box::new('x');
    println!("{} {} {} {} {}", byte, wide, real, flag, letter);
}
// expect: 7 7 2.5 true x
