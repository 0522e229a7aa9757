// A function returning `impl Iterator<Item = &i32> + '_` made by `step_by` on a slice's Iter; the caller takes one, then loops over the rest.
fn every_other(v: &[i32]) -> impl Iterator<Item = &i32> + '_ {
    v.iter().step_by(2)
}

fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = every_other(&v);
    println!("{:?}", it.next());
    for x in it {
        println!("{x}");
    }
}
// expect: Some(1)
// expect: 3
// expect: 5
