// An error enum holding a &'static str, returned from a Result that borrowed the parameter (match and ?): the error borrows nothing of the parameter, as rustc accepts.
#[derive(Debug)]
enum CE { Missing(&'static str) }
fn lookup<'a>(pairs: &'a [(&'a str, &'a str)], key: &'static str) -> Result<&'a str, CE> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(CE::Missing(key))
}
fn a(pairs: &[(&str, &str)]) -> Result<usize, CE> {
    match lookup(pairs, "port") { Ok(t) => Ok(t.len()), Err(e) => Err(e) }
}
fn b(pairs: &[(&str, &str)]) -> Result<usize, CE> {
    let t = lookup(pairs, "port")?;
    Ok(t.len())
}
fn c<'a>(pairs: &'a [(&'a str, &'a str)]) -> Result<usize, CE> {
    let t = lookup(pairs, "port")?;
    Ok(t.len())
}
fn main() {
    let p = [("port", "80")];
    println!("{:?} {:?} {:?}", a(&p), b(&p), c(&p));
}
// expect: Ok(2) Ok(2) Ok(2)
