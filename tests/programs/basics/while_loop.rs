// A `while` loop repeats while its condition holds.
fn main() {
    let mut i = 1;
    let mut sum = 0;
    while i <= 4 {
        sum += i;
        println!("i = {}, sum = {}", i, sum);
        i += 1;
    }
}
// expect: i = 1, sum = 1
// expect: i = 2, sum = 3
// expect: i = 3, sum = 6
// expect: i = 4, sum = 10
