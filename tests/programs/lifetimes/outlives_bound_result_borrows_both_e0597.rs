// With `where 'b: 'a` the result may hold the `'b` argument too, so freeing `b` while the result is used is E0597.
fn either<'a, 'b>(x: &'a str, y: &'b str) -> &'a str
where
    'b: 'a,
{
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("long one");
    let r;
    {
        let b = String::from("b");
        r = either(&a, &b);
    }
    println!("{}", r);
}
// error: E0597 at 14:24
