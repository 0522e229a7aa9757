// A function returning `impl Iterator` made by `rev` of a slice's Iter: the caller keeps it and pulls from it.
fn backwards(v: &[i32]) -> impl Iterator<Item = &i32> {
    v.iter().rev()
}

fn main() {
    let v = vec![1, 2, 3];
    let mut b = backwards(&v);
    println!("{:?}", b.next());
    for x in b {
        println!("{x}");
    }
}
// expect: Some(3)
// expect: 2
// expect: 1
