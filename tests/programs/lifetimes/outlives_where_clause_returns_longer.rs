// `where 'a: 'b` lets a function return its `'a` input where a `'b` reference is promised.
fn prefer_first<'a, 'b>(x: &'a str, y: &'b str) -> &'b str
where
    'a: 'b,
{
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let long = String::from("a long-lived string");
    let r;
    {
        let short = String::from("short");
        r = prefer_first(&long, &short);
        println!("{}", r);
    }
}
// expect: a long-lived string
