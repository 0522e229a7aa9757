// Deref coercions through two pointers at many sites: a method's returned &self.name (Rc<String>) and &self.tags (Box<Vec>), a let with a type, a closure's &&String, a &mut Box<Vec> passed twice as &mut [i32], a captured &&String.
use std::rc::Rc;
struct P { name: Rc<String>, tags: Box<Vec<u8>> }
impl P {
    fn name(&self) -> &str { &self.name }
    fn tags(&self) -> &[u8] { &self.tags }
}
fn shout(s: &str) -> usize { s.len() }
fn first(v: &mut [i32]) { v[0] += 1; }
fn main() {
    let p = P { name: Rc::new(String::from("pat")), tags: Box::new(vec![1, 2]) };
    println!("{} {:?}", p.name(), p.tags());
    let rp = &p;
    println!("{}", shout(&rp.name));
    let s: &str = &p.name;
    let words = vec![String::from("a"), String::from("bcd")];
    let f = |w: &&String| shout(w);
    let longest = words.iter().map(|w| shout(w)).max();
    println!("{} {:?} {}", s, longest, f(&&words[1]));
    let mut bx = Box::new(vec![5, 6]);
    let x = &mut bx;
    first(x);
    first(x);
    println!("{:?}", bx);
    let rr = &&words[0];
    let g = || shout(rr);
    println!("{}", g());
}
// expect: pat [1, 2]
// expect: 3
// expect: pat Some(3) 3
// expect: [7, 6]
// expect: 1
