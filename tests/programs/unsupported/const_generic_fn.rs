// A const generic parameter (`fn sum<const N: usize>`) is outside the subset.
fn sum<const N: usize>(a: [i32; N]) -> i32 {
    a.iter().sum()
}

fn main() {
    println!("{}", sum([1, 2, 3]));
}
// expect: 6
// unsupported: const generics at 2:8
