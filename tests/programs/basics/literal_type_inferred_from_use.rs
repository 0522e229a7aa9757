// An unsuffixed literal takes its type from how it is used, not always i32.
fn main() {
    let big = 3000000000;
    let wide: u64 = big;
    let total = wide + 1;
    println!("{}", total);
}
// expect: 3000000001
