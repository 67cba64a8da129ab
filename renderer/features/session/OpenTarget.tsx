// Opens what a clicked notification points at, whichever host delivered the click.
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { getHost } from '../../host';

export function OpenTargetOnNotice() {
  const [, navigate] = useLocation();
  useEffect(
    () => getHost().onOpenTarget((target) => navigate(target.kind === 'petition' ? `/petitions/${target.id}` : `/incidents/${target.id}`)),
    [navigate],
  );
  return null;
}
