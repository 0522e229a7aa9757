// A function returning impl FnMut() -> u32 that counts its calls, used twice independently.
fn counter(start: u32) -> impl FnMut() -> u32 {
    let mut n = start;
    move || {
        n += 1;
        n
    }
}

fn main() {
    let mut a = counter(0);
    let mut b = counter(10);
    println!("{} {} {}", a(), a(), b());
    println!("{}", a());
}
// expect: 1 2 11
// expect: 3
