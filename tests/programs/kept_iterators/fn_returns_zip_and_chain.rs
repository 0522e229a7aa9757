// A function returns a kept Zip or Chain as `impl Iterator`; a caller loops over one and passes the other on.
fn pairs<'a>(a: &'a [i32], b: &'a [i32]) -> impl Iterator<Item = (&'a i32, &'a i32)> + 'a {
    a.iter().zip(b.iter())
}

fn both<'a>(a: &'a [i32], b: &'a [i32]) -> impl Iterator<Item = i32> + 'a {
    a.iter().chain(b.iter()).copied()
}

fn total(it: impl Iterator<Item = i32>) -> i32 {
    it.sum()
}

fn main() {
    let x = [1, 2, 3];
    let y = [4, 5, 6];
    for (a, b) in pairs(&x, &y) {
        println!("{}", a * b);
    }
    println!("{}", total(both(&x, &y)));
    let dot: i32 = pairs(&x, &y).map(|(a, b)| a * b).sum();
    println!("{}", dot);
}
// expect: 4
// expect: 10
// expect: 18
// expect: 21
// expect: 32
