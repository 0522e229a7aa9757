// `total += n` with an i64 total does not type an unannotated parse (i64 adds i64 and &i64): E0284 at `let n`.
fn main() {
    let mut total: i64 = 0;
    for s in "1 2 3".split(' ') {
        let n = s.parse().unwrap();
        total += n;
    }
    println!("{total}");
}
// error: E0284 at 5:13
