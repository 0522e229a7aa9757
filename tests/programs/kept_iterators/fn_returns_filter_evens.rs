// `fn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_` returns a Filter borrowing the slice; the caller collects it.
fn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_ {
    v.iter().filter(|x| *x % 2 == 0)
}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let e: Vec<&i32> = evens(&v).collect();
    println!("{:?}", e);
    println!("{}", evens(&v).count());
}
// expect: [2, 4, 6]
// expect: 3
