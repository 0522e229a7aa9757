// With impls of Val for i32 and &i32, `r.val()` on `r: &i32` calls i32's, but inside `get<T: Val>(x: T)` with T = &i32 `x.val()` is the bound's pick, &i32's.
trait Val { fn val(&self) -> i32; }
impl Val for i32 { fn val(&self) -> i32 { *self } }
impl Val for &i32 { fn val(&self) -> i32 { **self * 100 } }
fn get<T: Val>(x: T) -> i32 { x.val() }
fn main() { let n = 3; let r = &n; println!("{} {} {} {}", n.val(), r.val(), get(n), get(r)); }
// expect: 3 3 3 300
