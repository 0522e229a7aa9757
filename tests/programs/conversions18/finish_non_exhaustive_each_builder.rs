// finish_non_exhaustive on each builder, with entries and without, under `{:?}` and `{:#?}`: `P { x: 1, .. }`, `E { .. }`, `T(1, ..)`, `[2, ..]`, `{..}`, `(..)`.
use std::fmt;
struct P { x: i32, y: i32 }
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).finish_non_exhaustive()
    }
}
struct E;
impl fmt::Debug for E {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("E").finish_non_exhaustive()
    }
}
struct T(i32, i32);
impl fmt::Debug for T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("T").field(&self.0).finish_non_exhaustive()?;
        f.debug_list().entry(&self.1).finish_non_exhaustive()?;
        f.debug_set().finish_non_exhaustive()?;
        f.debug_map().entry(&"k", &self.0).finish_non_exhaustive()?;
        f.debug_map().finish_non_exhaustive()?;
        f.debug_tuple("").finish_non_exhaustive()?;
        f.debug_list().finish_non_exhaustive()
    }
}
fn main() {
    let p = P { x: 1, y: 2 };
    println!("{:?} {:#?} {}", p, p, p.y);
    println!("{:?} {:#?}", E, E);
    println!("{:?}", T(1, 2));
    println!("{:#?}", T(1, 2));
}
// expect: P { x: 1, .. } P {
// expect:     x: 1,
// expect:     ..
// expect: } 2
// expect: E { .. } E { .. }
// expect: T(1, ..)[2, ..]{..}{"k": 1, ..}{..}(..)[..]
// expect: T(
// expect:     1,
// expect:     ..
// expect: )[
// expect:     2,
// expect:     ..
// expect: ]{..}{
// expect:     "k": 1,
// expect:     ..
// expect: }{..}(..)[..]
