// `chars().count()` counts characters; `chars().nth(i)` returns an Option<char>.
fn main() {
    let s = "héllo";
    println!("{} {} {:?} {:?}", s.len(), s.chars().count(), s.chars().nth(1), s.chars().nth(9));
}
// expect: 6 5 Some('é') None
