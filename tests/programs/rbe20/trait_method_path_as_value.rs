// A method of the learner's trait named as a value by the trait's path (map(Shape::area), map(Convert::convert), a let, a generic Fn parameter): the impl is picked by the argument's type, a trait object's through its vtable.
trait Shape { fn area(&self) -> f64; fn scale(&mut self, k: f64); fn name(&self) -> String { "shape".into() } }
struct Sq(f64);
struct Ci(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn scale(&mut self, k: f64) { self.0 *= k; } }
impl Shape for Ci { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } fn scale(&mut self, k: f64) { self.0 *= k; } fn name(&self) -> String { "circle".into() } }
trait Convert<T> { fn convert(&self) -> T; }
impl Convert<i64> for Sq { fn convert(&self) -> i64 { self.0 as i64 } }
fn apply<F: Fn(&Sq) -> f64>(f: F, s: &Sq) -> f64 { f(s) }
fn main() {
    let mut v = vec![Sq(1.0), Sq(2.0)];
    v.iter_mut().for_each(|s| s.scale(2.0));
    let areas: Vec<f64> = v.iter().map(Shape::area).collect();
    println!("{:?}", areas);
    let names: Vec<String> = v.iter().map(Shape::name).collect();
    println!("{:?}", names);
    let dyns: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.0)), Box::new(Ci(1.0))];
    let d: Vec<String> = dyns.iter().map(|b| b.as_ref()).map(Shape::name).collect();
    println!("{:?}", d);
    println!("{}", apply(Shape::area, &Sq(3.0)));
    let f = Shape::area;
    println!("{}", f(&Ci(1.0)));
    let c: Vec<i64> = v.iter().map(Convert::convert).collect();
    println!("{:?}", c);
}
// expect: [4.0, 16.0]
// expect: ["shape", "shape"]
// expect: ["shape", "circle"]
// expect: 9
// expect: 3
// expect: [2, 4]
