// A generic function returning a borrowed T: the result outlives nothing it borrows, so it runs.
fn pick<'a, T>(items: &'a [T], i: usize) -> &'a T {
    &items[i]
}

fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let w = pick(&words, 1);
    println!("{}", w);
}
// expect: beta
