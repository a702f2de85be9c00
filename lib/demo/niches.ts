/**
 * A Google Maps business category of the demo leads.
 * - `terms`: words its businesses put in their names ("Dental Care", "Smiles").
 * - `trade`: names like "Novak & Sons Roofing" fit it.
 * - `reviews`: typical review count of an established business (restaurants collect many).
 * - `value`: the range of a website project for it, in **major** units of the lead's currency.
 */
export type DemoNiche = {
  name: string;
  weight: number;
  terms: string[];
  trade?: boolean;
  reviews: number;
  value: [min: number, max: number];
};

/** Categories as they appear on Google Maps listings, weighted by how often local scrapes find them. */
export const DEMO_NICHES: readonly DemoNiche[] = [
  { name: "Restaurant", weight: 9, terms: ["Kitchen", "Grill", "Bistro", "Taverna", "Trattoria", "Eatery"], reviews: 600, value: [1200, 4500] },
  { name: "Cafe", weight: 6, terms: ["Coffee", "Café", "Coffee House", "Espresso Bar"], reviews: 350, value: [800, 2500] },
  { name: "Bakery", weight: 4, terms: ["Bakery", "Bakehouse", "Patisserie", "Bread Co."], reviews: 250, value: [800, 2500] },
  { name: "Bar", weight: 3, terms: ["Bar", "Pub", "Taproom", "Wine Bar"], reviews: 400, value: [800, 3000] },
  { name: "Hair salon", weight: 6, terms: ["Hair", "Hair Studio", "Salon", "Hair Design"], reviews: 180, value: [900, 2800] },
  { name: "Barber shop", weight: 4, terms: ["Barbers", "Barber Shop", "Barber Co."], reviews: 220, value: [700, 2000] },
  { name: "Beauty salon", weight: 4, terms: ["Beauty", "Beauty Lounge", "Nails & Beauty", "Skin Clinic"], reviews: 150, value: [900, 3000] },
  { name: "Dentist", weight: 4, terms: ["Dental", "Dental Care", "Dental Clinic", "Smiles"], reviews: 200, value: [2500, 8000] },
  { name: "Physiotherapist", weight: 3, terms: ["Physio", "Physiotherapy", "Sports Clinic"], reviews: 90, value: [1500, 5000] },
  { name: "Veterinarian", weight: 2, terms: ["Vets", "Veterinary Clinic", "Animal Hospital"], reviews: 250, value: [2000, 6000] },
  { name: "Plumber", weight: 5, terms: ["Plumbing", "Plumbing & Heating", "Plumbers"], trade: true, reviews: 70, value: [1000, 3500] },
  { name: "Electrician", weight: 4, terms: ["Electrical", "Electrics", "Electrical Services"], trade: true, reviews: 50, value: [1000, 3500] },
  { name: "Roofing contractor", weight: 3, terms: ["Roofing", "Roofing & Guttering", "Roofers"], trade: true, reviews: 40, value: [1500, 5000] },
  { name: "Painter", weight: 2, terms: ["Painting & Decorating", "Painters", "Decorators"], trade: true, reviews: 30, value: [900, 3000] },
  { name: "Landscaper", weight: 3, terms: ["Landscaping", "Garden Services", "Gardens"], trade: true, reviews: 40, value: [1000, 4000] },
  { name: "Locksmith", weight: 2, terms: ["Locksmiths", "Lock & Key", "Security"], trade: true, reviews: 60, value: [700, 2000] },
  { name: "HVAC contractor", weight: 2, terms: ["Heating & Cooling", "Air Conditioning", "HVAC"], trade: true, reviews: 60, value: [1500, 5000] },
  { name: "Cleaning service", weight: 3, terms: ["Cleaning", "Cleaners", "Cleaning Services"], reviews: 50, value: [800, 2500] },
  { name: "Car repair", weight: 4, terms: ["Auto Repair", "Motors", "Garage", "Car Care"], trade: true, reviews: 120, value: [1200, 4000] },
  { name: "Car wash", weight: 1, terms: ["Car Wash", "Auto Spa", "Valeting"], reviews: 200, value: [700, 2000] },
  { name: "Gym", weight: 3, terms: ["Fitness", "Gym", "Strength & Conditioning"], reviews: 300, value: [1500, 5000] },
  { name: "Yoga studio", weight: 2, terms: ["Yoga", "Yoga Studio", "Pilates & Yoga"], reviews: 120, value: [900, 3000] },
  { name: "Real estate agency", weight: 3, terms: ["Estates", "Property", "Realty", "Homes"], reviews: 80, value: [2500, 9000] },
  { name: "Accountant", weight: 3, terms: ["Accountants", "Accounting", "Tax Advisors"], reviews: 30, value: [1500, 5000] },
  { name: "Law firm", weight: 2, terms: ["Law", "Solicitors", "Legal"], reviews: 40, value: [3000, 10000] },
  { name: "Florist", weight: 2, terms: ["Flowers", "Florist", "Blooms"], reviews: 100, value: [800, 2500] },
  { name: "Photographer", weight: 2, terms: ["Photography", "Studio", "Photo"], reviews: 60, value: [800, 2500] },
  { name: "Hotel", weight: 2, terms: ["Hotel", "Suites", "Guesthouse", "Boutique Hotel"], reviews: 900, value: [3000, 12000] },
  { name: "Pet groomer", weight: 1, terms: ["Pet Grooming", "Dog Grooming", "Paws"], reviews: 90, value: [700, 2000] },
  { name: "Tattoo shop", weight: 1, terms: ["Tattoo", "Ink", "Tattoo Studio"], reviews: 150, value: [700, 2200] },
];
