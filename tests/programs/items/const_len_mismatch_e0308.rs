// An array of three elements given where `[i32; N]` with N = 4 is wanted is error E0308.
const N: usize = 4;

fn total(a: [i32; N]) -> i32 {
    a.iter().sum()
}

fn main() {
    println!("{}", total([1, 2, 3]));
}
// error: E0308 at 9:26
