// AsRef/AsMut bounds on a generic struct's field, through `&T`, on a Box<[i32]>, an array moved in and out, a `&mut Box<String>` as AsMut<String>.
struct Name<T: AsRef<str>>(T);
impl<T: AsRef<str>> Name<T> {
    fn shout(&self) -> String {
        self.0.as_ref().to_uppercase()
    }
}
fn double<T: AsMut<[i32]>>(mut xs: T) -> T {
    for x in xs.as_mut() {
        *x *= 2;
    }
    xs
}
fn first<T: AsRef<[i32]>>(xs: &T) -> Option<i32> {
    xs.as_ref().first().copied()
}
fn push_bang<S: AsMut<String>>(s: &mut S) {
    s.as_mut().push('!');
}
fn main() {
    let owned = String::from("ada");
    println!("{}", Name(&owned).shout());
    println!("{}", Name("bob").shout());
    println!("{}", Name(owned).shout());
    println!("{:?}", double(vec![1, 2, 3]));
    println!("{:?}", double([4, 5]));
    let b: Box<[i32]> = vec![7, 8].into_boxed_slice();
    println!("{:?} {:?}", first(&b), first(&vec![]));
    let mut bs = Box::new(String::from("yo"));
    push_bang(&mut bs);
    println!("{}", bs);
}
// expect: ADA
// expect: BOB
// expect: ADA
// expect: [2, 4, 6]
// expect: [8, 10]
// expect: Some(7) None
// expect: yo!
