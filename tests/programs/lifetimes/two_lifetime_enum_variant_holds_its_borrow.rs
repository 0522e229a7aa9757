// An enum with two lifetime parameters: the `&'a str` taken out of a variant outlives the String the `'b` variant borrowed.
enum Either<'a, 'b> {
    Left(&'a str),
    Right(&'b str),
}

fn left<'a, 'b>(e: &Either<'a, 'b>) -> Option<&'a str> {
    match e {
        Either::Left(s) => Some(*s),
        Either::Right(_) => None,
    }
}

fn main() {
    let a = String::from("left");
    let out;
    {
        let b = String::from("right");
        let l = Either::Left(&a);
        let r: Either = Either::Right(&b);
        if let Either::Right(s) = &r {
            println!("{}", s);
        }
        out = left(&l);
    }
    println!("{:?}", out);
}
// expect: right
// expect: Some("left")
