// A TryFrom<Vec<T>> for a generic struct: the Vec moved into the Ok, or handed back in the Err.
#[derive(Debug)]
struct NonEmpty<T> { first: T, rest: Vec<T> }
impl<T> TryFrom<Vec<T>> for NonEmpty<T> {
    type Error = Vec<T>;
    fn try_from(mut v: Vec<T>) -> Result<Self, Self::Error> {
        if v.is_empty() {
            return Err(v);
        }
        let first = v.remove(0);
        Ok(NonEmpty { first, rest: v })
    }
}
fn main() {
    let a = NonEmpty::try_from(vec![1, 2, 3]);
    println!("{:?}", a);
    let b: Result<NonEmpty<String>, _> = Vec::new().try_into();
    println!("{:?}", b);
    let c: Result<NonEmpty<String>, Vec<String>> = vec![String::from("x")].try_into();
    println!("{:?}", c);
}
// expect: Ok(NonEmpty { first: 1, rest: [2, 3] })
// expect: Err([])
// expect: Ok(NonEmpty { first: "x", rest: [] })
