// The newtype idiom: Years and Days are distinct types; a function asks for Years only.
struct Years(i64);

struct Days(i64);

impl Years {
    pub fn to_days(&self) -> Days {
        Days(self.0 * 365)
    }
}

impl Days {
    pub fn to_years(&self) -> Years {
        Years(self.0 / 365)
    }
}

fn is_adult(age: &Years) -> bool {
    age.0 >= 18
}

fn main() {
    let age = Years(25);
    let age_days = age.to_days();
    println!("Old enough {}", is_adult(&age));
    println!("Old enough {}", is_adult(&age_days.to_years()));
    let years = Years(42);
    let years_as_primitive_1: i64 = years.0;
    let Years(years_as_primitive_2) = years;
    println!("{} {} {}", years_as_primitive_1, years_as_primitive_2, age_days.0);
}
// expect: Old enough true
// expect: Old enough true
// expect: 42 42 9125
