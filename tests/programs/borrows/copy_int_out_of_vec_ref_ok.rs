// Indexing a `&Vec<i32>` copies the integer out, so no move happens.
fn sum_first_two(v: &Vec<i32>) -> i32 {
    let a = v[0];
    let b = v[1];
    a + b
}

fn main() {
    let v = vec![4, 5, 6];
    println!("{}", sum_first_two(&v));
}
// expect: 9
