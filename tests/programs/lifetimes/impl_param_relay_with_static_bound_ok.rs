// An impl's T bounded `'static` on the impl (in its list or its where clause) or by the method's own `where T: 'static`, and a trait's Self by `trait Report: 'static` or `where Self: 'static`, may be passed on to a `'static` parameter.
use std::fmt::Debug;

fn needs_static<U: Debug + 'static>(u: U) {
    println!("{:?}", u);
}

struct Holder<T>(T);

impl<T: Debug + Clone + 'static> Holder<T> {
    fn show(&self) {
        needs_static(self.0.clone())
    }
}

struct Pair<T>(T, T);

impl<T> Pair<T>
where
    T: Debug + Clone + 'static,
{
    fn show(&self) {
        needs_static(vec![self.0.clone(), self.1.clone()])
    }
}

struct Single<T>(T);

impl<T: Debug + Clone> Single<T> {
    fn show(&self)
    where
        T: 'static,
    {
        needs_static(self.0.clone())
    }

    fn show_here(&self) {
        println!("here {:?}", self.0)
    }
}

trait Report: Debug + Clone + 'static {
    fn report(&self) {
        needs_static(self.clone())
    }
}

trait Note: Debug + Clone {
    fn note(&self)
    where
        Self: 'static,
    {
        needs_static(self.clone())
    }
}

#[derive(Debug, Clone)]
struct P(u8);

impl Report for P {}
impl Note for P {}

fn main() {
    Holder(3).show();
    Pair(1, 2).show();
    Single(String::from("s")).show();
    let local = 5;
    Single(&local).show_here();
    P(1).report();
    P(2).note();
}
// expect: 3
// expect: [1, 2]
// expect: "s"
// expect: here 5
// expect: P(1)
// expect: P(2)
