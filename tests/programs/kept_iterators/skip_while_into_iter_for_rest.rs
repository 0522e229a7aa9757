// A kept SkipWhile around a vec::IntoIter drops the Strings it skips as it skips them, then a `for` loop takes the rest.
fn main() {
    let lines = vec![String::from("# a"), String::from("# b"), String::from("body"), String::from("# c")];
    let mut body = lines.into_iter().skip_while(|l| l.starts_with('#'));
    let first = body.next();
    println!("{:?}", first);
    for l in body {
        println!("{l}");
    }
}
// expect: Some("body")
// expect: # c
