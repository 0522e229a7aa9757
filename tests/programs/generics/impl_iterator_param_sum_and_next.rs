// An `impl Iterator<Item = ..>` parameter takes std's consumers through its bound: `sum` moves it, `next` needs it `mut`.
fn total(it: impl Iterator<Item = u32>) -> u32 {
    it.sum()
}

fn first_two(mut it: impl Iterator<Item = char>) -> (Option<char>, Option<char>) {
    let a = it.next();
    (a, it.next())
}

fn main() {
    println!("{}", total(1..=4));
    println!("{}", total(vec![5u32, 6].into_iter()));
    println!("{:?}", first_two("héllo".chars()));
    println!("{:?}", first_two("a".chars()));
}
// expect: 10
// expect: 11
// expect: (Some('h'), Some('é'))
// expect: (Some('a'), None)
