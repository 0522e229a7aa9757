// A closure returned as impl FnMut keeps its own counter between calls.
fn counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let mut a = counter();
    let mut b = counter();
    println!("{} {} {}", a(), a(), a());
    println!("{}", b());
}
// expect: 1 2 3
// expect: 1
